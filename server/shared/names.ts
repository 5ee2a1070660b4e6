/** inTransit -> IN_TRANSIT: stored names as the API spells them (GraphQL enum values). */
export function screamingCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
