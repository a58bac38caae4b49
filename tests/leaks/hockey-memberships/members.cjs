"use strict";

// The club's register (a fixed squad list for this service; the real one lives in the CRM).
const MEMBERS = new Map();

function add(member) {
  MEMBERS.set(member.memberNo, member);
}

add({
  memberNo: "HC-0142",
  name: "Ruth Adeyemi",
  dob: "1986-03-14",
  email: "ruth.adeyemi@example.com",
  phone: "07700 900142",
  teams: ["Ladies 2s"],
  plan: "senior-playing",
  children: ["HC-J-0457", "HC-J-0458"],
});
add({
  memberNo: "HC-J-0457",
  name: "Tobi Adeyemi",
  dob: "2019-07-02",
  guardianNo: "HC-0142",
  teams: ["U12 mixed"],
  plan: "junior",
});
add({
  memberNo: "HC-J-0458",
  name: "Kemi Adeyemi",
  dob: "2021-11-20",
  guardianNo: "HC-0142",
  teams: ["Minis"],
  plan: "junior",
});
add({
  memberNo: "HC-0077",
  name: "Declan Forde",
  dob: "1971-01-30",
  email: "dforde@example.com",
  phone: "07700 900077",
  teams: ["Men's Vets"],
  plan: "veteran",
});

function getMember(memberNo) {
  return MEMBERS.get(memberNo);
}

module.exports = { getMember, MEMBERS };
