/** The panel's frame in English: the loading indicator's name. */
export const enPanel = {
  pingyi: {
    panel: {
      loading: 'Loading',
    },
  },
};
