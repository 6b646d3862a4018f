/** Network round texts and errors. */
export const networks = {
  title: "TODO",
};
