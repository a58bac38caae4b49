"use strict";

/** Tonight's teams at the Crown & Anchor quiz; scores reset when the host starts a new night. */
const teams = new Map(
  [
    ["quizteama", "Quiz Team Aguilera"],
    ["lesmis", "Les Quizerables"],
    ["agatha", "Agatha Quiztie"],
    ["norfolk", "Norfolk Enchants"],
    ["universally", "Universally Challenged"],
  ].map(([id, name]) => [id, { id, name, score: 0, buzzes: 0 }]),
);

function award(teamId, points) {
  const team = teams.get(teamId);
  if (team) team.score += points;
}

function leaderboard() {
  return [...teams.values()]
    .sort((a, b) => b.score - a.score)
    .map((t) => ({ team: t.name, score: t.score }));
}

module.exports = { award, leaderboard, teams };
