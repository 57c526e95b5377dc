const realmPath = (realm: string) => `/${encodeURIComponent(realm)}`;

export const duplicatesPath = (realm: string) => `${realmPath(realm)}/possible-duplicates`;

export const pairPath = (realm: string, pairId: string) =>
  `${duplicatesPath(realm)}/${encodeURIComponent(pairId)}`;
