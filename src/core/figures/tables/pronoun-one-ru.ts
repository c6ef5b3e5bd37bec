// Russian words before "один" that make it "another" or "only one", not a count: "ещё один полицейский",
// "как один", "лишь один из".
export const RU_ONE_NOT_COUNT_AFTER: ReadonlySet<string> = new Set(['ещё', 'еще', 'как', 'лишь']);
