/**
 * The fit-review gate and the tools that keep reviews honest: the digest of the evidence a review
 * saw, the judgement of every module's review against the analysis result and today's date,
 * paste-ready review stubs, the starter manifest, and the editor that records one review while
 * leaving every other byte of the manifest as it was.
 */
package io.github.rustfit.core.review;
