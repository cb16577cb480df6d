/** The ballot's steps, review, thanks, leave warning, text size and the representatives' sign-in, in Chinese. */
export const zhVote = {
  pingyi: {
    vote: {
      step: '第 %{current} / %{total} 位',
      stepShort: '%{current} / %{total}',
      previous: '上一位',
      next: '下一位',
      toReview: '核对全部评价',
      commentOptional: '意见或理由（可选）',
      commentRequiredLabel: '意见或理由（必填）',
      commentOptionalHelp: '选择“不满意”或“非常不满意”时必填。',
      commentRequiredHelp: '您选择了“%{level}”，请写明理由。',
      notRated: '未评价',
      unsaved: '未提交',
      review: {
        title: '核对您的评价',
        intro: '请逐一核对。需要修改的，点“修改”回到该人员。',
        missing: '还有 %{count} 人未评价，可以点“修改”补评，也可以直接完成。',
        edit: '修改 %{name}',
        editShort: '修改',
        finish: '完成评议',
        comment: '理由：%{comment}',
      },
      thanks: {
        title: '感谢您的参与！',
        count: '本次共记录 %{count} 份评价。',
        none: '本次没有记录评价。',
        again: '返回首页',
        meetings: '返回评议会列表',
      },
      leave: {
        title: '还有未提交的选择',
        body: '您对 %{names} 的选择还没有提交，离开后将不会保存。',
        stay: '留下继续评议',
        go: '不保存，离开',
      },
      largeText: '大字',

      back: '返回',
      signIn: {
        title: '评议',
        subtitle: '居民代表登录',
        username: '用户名',
        password: '密码',
        submit: '登录',
        withCode: '没有账号？使用投票码评议',
        staff: '街道工作人员登录',
        representatives: '居民代表登录',
      },
    },
  },
};
