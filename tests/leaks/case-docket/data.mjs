// The practice-management database's tables (a fixed extract for this service).

export const clients = [
  {
    id: "CL-7",
    name: "Harrow & Finch Ltd",
    type: "company",
    contact: "m.finch@harrowfinch.example",
    billing: "monthly",
  },
  {
    id: "CL-12",
    name: "Eleanor Vasquez",
    type: "individual",
    contact: "e.vasquez@example.com",
    billing: "fixed fee",
  },
];

export const counsel = [
  {
    id: "OC-3",
    name: "Bramwell LLP",
    contact: "litigation@bramwell.example",
    conflictsCheckedAt: "2030-02-01",
  },
  {
    id: "OC-9",
    name: "Sophie Laurent KC",
    chambers: "3 Brick Court",
    conflictsCheckedAt: "2030-03-11",
  },
];

export const cases = [
  {
    id: "C-1041",
    ref: "HF-2030-014",
    title: "Harrow & Finch Ltd v Cobalt Logistics plc",
    court: "Business and Property Courts, Leeds",
    claimNo: "BL-2030-000214",
    matterType: "commercial contract",
    status: "disclosure",
    clientId: "CL-7",
    counselId: "OC-3",
    feeEarner: "J. Okonkwo",
    opened: "2030-01-09",
    value: 1250000,
    notes: "Standard disclosure by 14 May; witness statements exchanged 30 June; CCMC listed.",
  },
  {
    id: "C-1052",
    ref: "HF-2030-019",
    title: "Re Harrow & Finch Ltd (lease renewal, Unit 4 Aire Quay)",
    court: "County Court at Leeds",
    claimNo: "K00LS123",
    matterType: "landlord and tenant",
    status: "pleadings",
    clientId: "CL-7",
    counselId: "OC-9",
    feeEarner: "A. Mistry",
    opened: "2030-02-20",
    value: 85000,
    notes: "Section 26 request served; landlord's counter-notice opposes on ground (f).",
  },
  {
    id: "C-1060",
    ref: "EV-2030-002",
    title: "Vasquez v Northern Rail Services",
    court: "Employment Tribunal, Leeds",
    claimNo: "6012345/2030",
    matterType: "employment",
    status: "listed",
    clientId: "CL-12",
    counselId: "OC-3",
    feeEarner: "J. Okonkwo",
    opened: "2030-03-02",
    value: 42000,
    notes: "Unfair dismissal and s.15 EqA claim; final hearing listed 3 days.",
  },
];

export const hearings = [
  {
    id: "H-1",
    caseId: "C-1041",
    date: "2030-06-12",
    kind: "CCMC",
    judge: "HHJ Kelly",
    estimate: "2h",
  },
  {
    id: "H-2",
    caseId: "C-1041",
    date: "2030-11-03",
    kind: "PTR",
    judge: "HHJ Kelly",
    estimate: "1h",
  },
  {
    id: "H-3",
    caseId: "C-1052",
    date: "2030-07-21",
    kind: "directions",
    judge: "DDJ Shah",
    estimate: "30m",
  },
  {
    id: "H-4",
    caseId: "C-1060",
    date: "2030-09-15",
    kind: "final hearing",
    judge: "EJ Morton",
    estimate: "3d",
  },
];

export const documents = [
  { id: "D-1", caseId: "C-1041", title: "Particulars of claim", filed: "2030-01-20", pages: 24 },
  {
    id: "D-2",
    caseId: "C-1041",
    title: "Defence and counterclaim",
    filed: "2030-02-28",
    pages: 31,
  },
  { id: "D-3", caseId: "C-1041", title: "Disclosure report", filed: "2030-04-02", pages: 9 },
  { id: "D-4", caseId: "C-1052", title: "Section 26 request", filed: "2030-02-22", pages: 4 },
  { id: "D-5", caseId: "C-1060", title: "ET1 claim form", filed: "2030-03-05", pages: 18 },
];
