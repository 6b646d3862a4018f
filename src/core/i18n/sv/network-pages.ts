/** Web pages of networks. */
export const networkPages = {
  title: "TODO",
};
