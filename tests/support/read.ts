// An invented text parsed as a report of `region` published on `published`: the facts a test
// asserts on, through the whole pipeline (clean-up, segmentation, extraction, catalog).
import { parseText } from "../../src/core/pipeline";
import type { Fact } from "../../src/core/types";

export const readFacts = (text: string, published: string, region = "青禾县"): Fact[] =>
  parseText("t.txt", text, { file: "t.txt", published, title: "", source: "", region }).facts;
