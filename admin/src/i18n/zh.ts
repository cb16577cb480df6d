/**
 * Simplified Chinese (zh-CN), the admin's default language: React-Admin's own messages
 * (ra-language-chinese, completed by raChinese.ts) and Pingyi's resources, fields, enum values
 * and messages.
 */
import englishMessages from 'ra-language-english';
import chineseMessages from 'ra-language-chinese';
import type { TranslationMessages } from 'ra-core';
import { raChineseCompletion } from './raChinese';
import { deepMerge } from './merge';
import { zhMeetings } from './zh.meetings';
import { zhAssessments } from './zh.assessments';
import { zhGovernance } from './zh.governance';
import { zhMatters } from './zh.matters';
import { zhSurveys } from './zh.surveys';
import { zhHome } from './zh.home';
import { zhVote } from './zh.vote';
import { zhHousehold, zhSelfGovernance } from './zh.selfgov';
import { zhPanel } from './zh.panel';
import { zhErrors } from './zh.errors';
import { zhModuleErrors } from './zh.moduleErrors';

const common = {
  id: 'ID',
  districtId: '所属区',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  name: '名称',
  code: '区划代码',
  nameContains: '名称包含',
};

const pingyi = {
  resources: {
    districts: {
      name: '区 |||| 区',
      fields: {
        ...common,
        cityCode: '市级代码',
        provinceCode: '省级代码',
        subdistricts: '街道（乡镇）',
        departments: '区职能部门',
      },
    },
    subdistricts: {
      name: '街道（乡镇） |||| 街道（乡镇）',
      fields: {
        ...common,
        agencies: '派出机构',
        officials: '人员',
        kind: '类型',
        districtId: '所属区',
        offices: '内设机构',
        neighborhoods: '居民区',
      },
    },
    neighborhoods: {
      name: '居民区 |||| 居民区',
      fields: { ...common, officials: '人员', kind: '类型', subdistrictId: '所属街道' },
    },
    offices: {
      name: '内设机构 |||| 内设机构',
      fields: {
        ...common,
        dutyContains: '职责包含',
        kind: '机构类别',
        duties: '职责清单',
        duty: '职责',
        subdistrictId: '所属街道',
        officials: '人员',
      },
    },
    departments: {
      name: '区职能部门 |||| 区职能部门',
      fields: { ...common, districtId: '所属区', agencies: '派出机构' },
    },
    dispatchedAgencies: {
      name: '派出机构 |||| 派出机构',
      fields: { ...common, kind: '机构类别', departmentId: '主管部门', subdistrictId: '派驻街道', officials: '人员' },
    },
    officials: {
      name: '人员 |||| 人员',
      fields: {
        ...common,
        name: '姓名',
        nameContains: '姓名包含',
        category: '人员类别',
        title: '职务',
        officeId: '所在办公室',
        agencyId: '所在派出机构',
        neighborhoodId: '服务居民区',
        subdistrictId: '所属街道',
        externalId: '外部系统编号',
      },
    },
  },
  pingyi: {
    auth: {
      wrongPassword: '用户名或密码错误',
      throttled: '登录尝试次数过多，请稍后再试',
      signInFirst: '请先登录',
      sessionExpired: '登录已过期，请重新登录',
    },
    title: '评议 · 街道人员评议管理',
    locale: { zh: '中文', en: 'English' },
    enums: {
      SubdistrictKind: { SUBDISTRICT: '街道', TOWN: '镇', TOWNSHIP: '乡', OTHER: '其他' },
      NeighborhoodKind: { RESIDENTS_COMMITTEE: '居委会', VILLAGE_COMMITTEE: '村委会', OTHER: '其他' },
      OfficeKind: {
        PARTY_GOVERNMENT: '党政办公室',
        PARTY_BUILDING: '社区党建办公室',
        COMMUNITY_MANAGEMENT: '社区管理办公室',
        COMMUNITY_SERVICE: '社区服务办公室',
        COMMUNITY_SAFETY: '社区平安办公室',
        COMMUNITY_SELF_GOVERNANCE: '社区自治办公室',
        SELF_DESIGNATED: '自设工作机构',
      },
      AgencyKind: {
        POLICE_STATION: '派出所',
        JUSTICE_OFFICE: '司法所',
        MARKET_SUPERVISION: '市场监管所',
        HOUSING_OFFICE: '房管办',
        URBAN_MANAGEMENT: '城管中队',
        GREENING_SANITATION: '绿化市容所',
        TAX_OFFICE: '税务所',
        OTHER: '其他',
      },
      OfficialCategory: { AGENCY_HEAD: '派出机构负责人', CIVIL_SERVANT: '街道公务员', COMMUNITY_WORKER: '社区工作者' },
    },
    help: {
      subdistrictCode: '9 位区划代码，以所属区的 6 位代码开头。',
      neighborhoodCode: '12 位区划代码，以所属街道的 9 位代码开头。',
      kindFromName: '类型由名称结尾自动判断（街道/镇/乡，居委会/村委会）。',
      districtPicker: '先选区，以缩小下一项的选择范围（不会保存）。',
      officeName: '自设工作机构必须填写名称；标准办公室留空则使用标准名称。',
      officeKind: '每个街道设六个标准办公室各一个，另可设至多两个自设工作机构（“6+2”）。',
      duties: '每行一项本机构负责的事项；同一街道内每项职责只归一个机构。',
      officialUnit: '派出机构负责人属于派出机构，公务员和社区工作者属于街道办公室。',
      subdistrictPicker:
        '先选街道，再选该街道的办公室、派出机构或居民区；改选街道会清空已选的办公室、派出机构和居民区。',
      timeZone: '按本机时区（%{zone}）填写',
      code: '按国家行政区划代码（GB/T 2260）填写。',
      empty: '暂无',
    },
    tabs: { summary: '基本信息' },
    filters: { codePrefix: '区划代码前缀' },
    validation: { digits: '须为 %{count} 位数字' },
    errors: {
      CONFLICT_inline: '已被占用或与现有数据冲突',
      BAD_USER_INPUT: '输入有误，请检查后重试',
      BAD_USER_INPUT_field: '“%{field}”有误，请检查后重试',
      CONFLICT: '与现有数据冲突，请刷新后重试',
      CONFLICT_field: '“%{field}”与现有数据冲突',
      NOT_FOUND: '记录不存在或已被删除',
      NOT_FOUND_field: '“%{field}”引用的记录不存在',
      FORBIDDEN: '无权执行此操作',
      FORBIDDEN_field: '无权执行此操作',
      UNAUTHENTICATED: '请先登录',
      UNAUTHENTICATED_field: '请先登录',
      INTERNAL_SERVER_ERROR: '服务器出错，请稍后重试',
      INTERNAL_SERVER_ERROR_field: '服务器出错，请稍后重试',
      SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试',
      SERVICE_UNAVAILABLE_field: '服务暂时不可用，请稍后重试',
      NETWORK: '无法连接评议服务器，请检查网络后重试',
      NETWORK_field: '无法连接评议服务器，请检查网络后重试',
    },
    fields: {
      id: '记录',
      ids: '人员',
      name: '名称',
      names: '姓名',
      title: '标题',
      code: '代码',
      codes: '码',
      year: '年度',
      month: '月份',
      reason: '理由',
      comment: '意见',
      scores: '评分',
      userIds: '人员',
      officialId: '干部',
      meetingId: '评议会',
      templateId: '评议模板',
      subdistrictId: '街道',
      neighborhoodId: '社区',
      officeId: '办公室',
      agencyId: '派驻机构',
      departmentId: '部门',
      chairId: '主持人',
      role: '角色',
      password: '密码',
      currentPassword: '当前密码',
      username: '用户名',
      login: '登录名',
      scheduledAt: '时间',
      expiresAt: '有效期',
      url: '网址',
      duties: '职责',
      kind: '类型',
      criteria: '评议项',
      questions: '问题',
      answers: '回答',
      households: '户数',
      count: '数量',
      description: '描述',
      conclusion: '结论',
      first: '每页条数',
      last: '每页条数',
      after: '分页位置',
      before: '分页位置',
      offset: '起始位置',
      format: '格式',
      trackingCode: '查询码',
      period: '期间',
      input: '输入',
    },
    menu: { divisions: '行政区划', organisation: '机构', people: '人员' },
    graphiql: 'GraphQL 调试台',
  },
};

/** All zh-CN messages of the admin. */
const zh: TranslationMessages = /* @__PURE__ */ deepMerge(
  englishMessages,
  chineseMessages,
  raChineseCompletion,
  pingyi,
  zhMeetings,
  zhAssessments,
  zhGovernance,
  zhMatters,
  zhSurveys,
  zhHome,
  zhVote,
  zhSelfGovernance,
  zhPanel,
  zhErrors,
  zhModuleErrors,
) as TranslationMessages;
export default zh;

/**
 * The zh-CN messages of the residents' pages (the small entry, lite/messages.ts): React-Admin's
 * own, the panel's common ones, the ballot's, the matters', the surveys', the households' page's and
 * every error sentence — without the staff screens' messages, which the small entry never shows.
 */
export const zhResidentPages: TranslationMessages = /* @__PURE__ */ deepMerge(
  englishMessages,
  chineseMessages,
  raChineseCompletion,
  pingyi,
  zhMeetings,
  zhMatters,
  zhSurveys,
  zhVote,
  zhHousehold,
  zhErrors,
  zhModuleErrors,
) as TranslationMessages;
