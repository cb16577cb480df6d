/**
 * The sentence of each error reason the server sends (`extensions.reason`, server/core/core-reasons.ts),
 * in Chinese, keyed `pingyi.errors.<reason>`, with the reason's `extensions.params` as %{name}
 * (`%{field}` is the form's label of the field). test/unit/error-reasons.test.ts fails when a
 * reason of the server has no sentence here, or a sentence no reason.
 */
export const zhErrors = {
  pingyi: {
    errors: {
      TOO_MANY_ATTEMPTS: '尝试次数过多，请 %{seconds} 秒后再试',
      access: {
        adminOrServiceToken: '只有管理员或具有 %{scope} 权限的服务令牌可以进行此操作',
        forbidden: '您无权进行此操作',
        outsideScope: '无权进行此操作：超出您的管辖范围',
        roleMayNot: '角色“%{role}”无权进行此操作',
        serviceTokenMayNot: '服务令牌无权进行此操作',
        serviceTokenScope: '该服务令牌缺少所需权限“%{scope}”',
      },
      auth: {
        signInFirst: '请先登录',
      },
      batch: {
        externalIdRepeated: '%{field}：与第 %{first} 行的 externalId 相同，同一次提交中每个 externalId 只能出现一次',
        rowsInvalid: '%{field}：共 %{length} 行中有 %{rowsAtFault} 行有误（见逐行错误），全部未写入',
        tooManyRows: '%{field}：每次最多 %{max} 行，请分批提交',
      },
      codes: {
        listOrAllUnused: '%{field}：请列出要作废的码，或选择作废全部未使用的码',
      },
      conflict: {
        exists: '已有相同内容的记录',
        reference: '引用的记录不存在或仍在使用中',
        unique: '%{field}：该值已被占用，必须唯一',
      },
      generic: {
        badInput: '输入有误，请检查后重试',
        conflict: '与现有数据冲突，请刷新后重试',
        forbidden: '您无权进行此操作',
        missing: '记录不存在或已被删除',
        unauthenticated: '请先登录',
      },
      input: {
        malformed: '有数值超出范围或格式有误',
      },
      internal: '服务器出错，请稍后重试（请求编号 %{requestId}）',
      node: {
        noSuchId: '%{field}：没有这个编号的%{typeName}',
      },
      notFound: '%{typeName}不存在或已被删除',
      pagination: {
        afterOrOffset: 'after 和 offset 只能给一个',
        badCursor: '%{field}：不是本接口返回的分页游标',
        cursorOtherList: '%{field}：该游标属于另一个列表、筛选或排序，请使用同一查询的游标，或不带游标重新开始',
        firstOrLast: 'first 和 last 只能给一个',
        offsetForward: 'offset 只能向后翻页，不能与 last 或 before 同用',
        offsetNegative: 'offset 须大于或等于 0',
        orderByField: '不能按 %{value} 排序',
        pageSize: '%{field}：须在 0 到 %{max} 之间',
      },
      request: {
        badBody: '请求格式有误，请刷新页面后重试',
        noSuchAddress: '网址有误：%{path}',
        bodyTooLarge: '提交的内容太大（最多 %{max}），请分批提交',
        invalid: '请求无效，请刷新页面后重试',
        shaMismatch: '请求无效，请刷新页面后重试',
        tooComplex: '一次查询的内容太多，请减少显示的栏目或每页条数',
      },
      serviceUnavailable: '数据库暂时无法访问，请 %{seconds} 秒后重试',
      validation: {
        arrayMaxSize: '%{field}：最多 %{max} 项',
        arrayMinSize: '%{field}：至少 %{min} 项',
        arrayNotEmpty: '%{field}：至少填写一项',
        containsTooLong: '%{field}：最多 %{max} 个字',
        failed: '输入有误，请检查后重试',
        invalid: '%{field}：填写有误',
        isInt: '%{field}：须是整数',
        isUuid: '%{field}：不是有效的编号',
        matches: '%{field}：格式不正确',
        max: '%{field}：不能大于 %{max}',
        maxLength: '%{field}：最多 %{max} 个字',
        min: '%{field}：不能小于 %{min}',
        minLength: '%{field}：至少 %{min} 个字',
        noHiddenCharacters: '%{field}：含有看不见的字符（如零宽空格、方向标记），请删去后重新输入',
        saysSomething: '%{field}：不能只有空格或看不见的字符',
        rowsInvalid: '有一行数据有误，均未写入',
        unstorable: '%{field}：含有无法保存的字符',
        variables: '请求的数据格式有误，请刷新页面后重试',
        yearOutOfRange: '%{field}：年份须在 %{from} 至 %{to} 之间',
        yearRange: '%{field}：年份须在 2000 至 2100 之间',
      },
    },
  },
};
