/** The home page of each role (home/), in Chinese. */
export const zhHome = {
  pingyi: {
    home: {
      title: '首页',
      greeting: '您好，%{name}',
      loading: '正在读取……',
      none: '暂无',
      readFailed: '读取失败，请刷新页面重试。',
      admin: {
        consents: '待决定的派出机构负责人任命（征得同意）',
        cases: '未办结的责任追究案件',
        meetings: '待安排的评议会（筹备中）',
        open: '查看',
      },
      chair: {
        open: '正在进行的评议会',
        upcoming: '筹备中的评议会',
        enter: '进入会场',
      },
      representative: {
        intro: '请为您登记参加的评议会打分。',
        vote: '开始评议',
      },
      assessor: {
        year: '%{year}年度考核一览',
        draft: '草稿',
        finalized: '已定稿',
        cases: '未办结的责任追究案件',
        overview: '打开考核总览',
      },
      official: {
        title: '我的评议',
        unlinked: '您的账号尚未关联人员档案，请联系街道管理员。',
        results: '我的评议会结果',
        assessments: '我的年度考核',
        year: '年度',
        status: '状态',
        score: '得分',
        grade: '等次',
        selfReport: '述职报告请在年度考核前提交给街道管理员。',
      },
    },
  },
};
