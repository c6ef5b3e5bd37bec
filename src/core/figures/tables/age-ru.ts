// Russian verbs of turning an age: "ему исполнилось 30", "ей исполнится 18".
export const RU_TURNED_AGE: ReadonlySet<string> = new Set(['исполнилось', 'исполнится', 'исполнился', 'исполнилась']);
