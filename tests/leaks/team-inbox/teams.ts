export const TEAMS: Record<string, string[]> = {
  support: ["u-anna", "u-bram", "u-chen", "u-dilan", "u-eva", "u-femke"],
  warehouse: ["u-gert", "u-hind", "u-ivo"],
};

export function membersOf(teamId: string): string[] | undefined {
  return TEAMS[teamId];
}
