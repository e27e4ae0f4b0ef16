package org.warta.spark;

import java.io.Serializable;

/**
 * What an executor needs to build the same pipeline as the driver's {@code warta build} would: the article size
 * limit and the text of the extra gazetteer, if any (shipped as text, so it needs no shared file system).
 *
 * @param extraGazetteer the TSV text of {@code --gazetteer}, or null for the bundled gazetteer only
 */
record PipelineSpec(int maxArticleBytes, String extraGazetteer) implements Serializable {
}
