/** The path of the coming-of-age list (route `/:realm/coming-of-age`). */
export const comingOfAgePath = (realm: string) => `/${encodeURIComponent(realm)}/coming-of-age`;
