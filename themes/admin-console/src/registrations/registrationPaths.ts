const realmPath = (realm: string) => `/${encodeURIComponent(realm)}`;

export const queuePath = (realm: string) => `${realmPath(realm)}/online-registrations`;

export const comparisonPath = (realm: string, registrationId: string) =>
  `${queuePath(realm)}/${encodeURIComponent(registrationId)}`;

export const patientPath = (realm: string, patientId: string) =>
  `${realmPath(realm)}/patients/${encodeURIComponent(patientId)}/details`;
