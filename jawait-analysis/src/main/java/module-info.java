/**
 * jawait's source analysis: input classification, the {@code await} rewrite, cell splitting,
 * completeness and needs-async. Pure functions of strings; no dependencies.
 */
module dev.jawait.analysis {
    exports dev.jawait.analysis;
}
