/** The panel's frame in Chinese: the loading indicator's name. */
export const zhPanel = {
  pingyi: {
    panel: {
      loading: '正在加载',
    },
  },
};
