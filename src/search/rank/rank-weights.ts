/**
 * The weights of the chapter facets: how much a record's chapter counts when a question names a country (by
 * name, variant or demonym), a region chapter or a year. Multipliers of the text score, so a facet never makes
 * a record that does not match the words appear; it reorders the ones that do.
 *
 * Why these values: consecutive years of one country repeat whole paragraphs, so the text score of the
 * same paragraph in 2011 and 2012 is equal and the facet must decide; but a facet must not lift a chapter's
 * boilerplate over the paragraph that answers in a neighbouring chapter (`was there still sectarian fighting
 * in maluku` names no facet and is untouched). Tuned on test/fixtures/eval/multi-chapter-dev.json.
 */
export const FACET_WEIGHTS = Object.freeze({
  /** The chapter of the country and a year the question names (`Mexico 2012 border security`). */
  countryAndYear: 2.4,
  /** The chapter of the country named, another year: next best. */
  country: 1.6,
  /** No country named, the chapter of a year named (`state sponsors 2007`). */
  year: 1.5,
});
