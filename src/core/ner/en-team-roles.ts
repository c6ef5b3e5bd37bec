// A name right before a lower-case role in a team and a person's name is the team, not a person: "Villa
// manager Unai Emery", "Chelsea chairman Ken Bates", "Ajax striker Luis Suarez". The tagger reads a lone
// capitalized word before such a noun as a person (the pattern of "Clinton spokesman Mike McCurry", which a
// spokesman keeps: the roles here are held in a club or a firm, not on a person's staff). Places stay
// places ("England coach Glenn Hoddle"): only a person span changes.
import { Line } from './forms';
import { Span } from './spans';

const TEAM_ROLES: ReadonlySet<string> = new Set(
  `manager coach striker midfielder goalkeeper keeper defender forward winger captain skipper boss chairman owner`.split(' '),
);

/** Retypes such PER spans to ORG, in place. */
export function retypeTeamRoles(lines: Line[], spans: Span[][]): void {
  lines.forEach((line, k) => {
    const own = spans[k];
    for (let i = 0; i + 1 < own.length; i++) {
      const s = own[i];
      const next = own[i + 1];
      if (s.type !== 'PER' || next.type !== 'PER' || next.first !== s.last + 1) continue;
      if (TEAM_ROLES.has(line.tokens[s.last].text)) s.type = 'ORG';
    }
  });
}
