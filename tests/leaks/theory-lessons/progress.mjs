import { addSegment, coveredSeconds } from "./segments.mjs";
import { REQUIRED_SHARE } from "./lessons.mjs";

/** learner id → Learner; each learner keeps a LessonProgress per lesson. */
const learners = new Map();

class LessonProgress {
  constructor(lesson) {
    this.lesson = lesson.id;
    this.seconds = lesson.seconds;
    this.segments = [];
    this.lastPosition = 0;
    this.completedAt = null;
  }

  watched(seg) {
    addSegment(this.segments, seg);
    this.lastPosition = seg.end;
    const share = coveredSeconds(this.segments) / this.seconds;
    if (!this.completedAt && share >= REQUIRED_SHARE) this.completedAt = new Date().toISOString();
    return share;
  }
}

class Learner {
  constructor(id) {
    this.id = id;
    this.lessons = new Map();
    this.firstSeen = Date.now();
  }

  progress(lesson) {
    let p = this.lessons.get(lesson.id);
    if (!p) {
      p = new LessonProgress(lesson);
      this.lessons.set(lesson.id, p);
    }
    return p;
  }
}

function learner(id) {
  let l = learners.get(id);
  if (!l) {
    l = new Learner(id);
    learners.set(id, l);
  }
  return l;
}

export function recordHeartbeat(learnerId, lesson, body) {
  const start = Number(body.position);
  const length = Number(body.length);
  if (!(start >= 0) || !(length > 0 && length <= 60)) {
    return { error: "position and length (1–60 s) required" };
  }
  const progress = learner(learnerId).progress(lesson);
  const share = progress.watched({
    start,
    end: start + length,
    heartbeats: 1,
    rate: Number(body.playbackRate ?? 1),
    client: `${body.device ?? "web"}/${body.session ?? "?"}/${body.seq ?? 0}`,
  });
  return { lesson: lesson.id, watchedShare: Math.round(share * 1000) / 1000 };
}

export function progressFor(learnerId, lesson) {
  const p = learner(learnerId).progress(lesson);
  return {
    lesson: lesson.id,
    watchedSeconds: coveredSeconds(p.segments),
    resumeAt: p.lastPosition,
    completedAt: p.completedAt,
  };
}
