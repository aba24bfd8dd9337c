/**
 * Words dropped from queries and from the index: function words plus the question words people put
 * around a question (`who claimed responsibility for the Atyrau explosions?` → claimed, responsibility,
 * atyrau, explosions). Matching a whole question as one pattern is what makes out-of-the-box Fuse miss.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him his how i if in into is it its itself just me more most my no nor not now of ' +
    'off on once only or other our ours out over own same she should so some such than that the their theirs ' +
    'them then there these they this those through to too under until up very was we were what whats when ' +
    'where which while who whom whose why will with would you your yours yourself us may might must shall ' +
    'happen happened happening tell show give find list please many much anything something did does ' +
    'get got know ever occur occurred'
  ).split(/\s+/),
);
