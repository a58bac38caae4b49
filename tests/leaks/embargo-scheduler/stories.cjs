"use strict";

class StoryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const stories = new Map(
  [
    ["budget-speech", "Chancellor's budget: what it means for you", "politics"],
    ["quarterly-results", "Northwind results: sales up, margins down", "business"],
  ].map(([slug, headline, desk]) => [slug, {
    slug,
    headline,
    desk,
    body: "",
    revision: 1,
    state: "draft",
    publishedAt: null,
    publishedRevision: null,
  }]),
);

function getStory(slug) {
  const story = stories.get(slug);
  if (!story) throw new StoryError(404, `no story ${slug}`);
  return story;
}

function editStory(slug, patch) {
  const story = getStory(slug);
  if (typeof patch.headline === "string") story.headline = patch.headline;
  if (typeof patch.body === "string") story.body = patch.body;
  story.revision++;
  return story;
}

/** Publishes what the job (or the editor) holds: the revision that was signed off. */
function publish(slug, snapshot) {
  const story = getStory(slug);
  story.state = "published";
  story.publishedAt = new Date().toISOString();
  story.publishedRevision = snapshot.revision;
  story.live = { headline: snapshot.headline, body: snapshot.body };
  return story;
}

function snapshotOf(story) {
  return { revision: story.revision, headline: story.headline, body: story.body };
}

module.exports = { StoryError, stories, getStory, editStory, publish, snapshotOf };
