package org.warta.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.warta.ingest.IngestException;
import org.warta.ingest.InputKind;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.ingest.Sidecar;
import org.warta.ingest.TextDecoder;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/** Reads a saved web page ({@code NAME.html}, {@code .htm}) with its optional {@code NAME.meta.json}. */
public final class HtmlFileReader {
    private final PageReader pages;
    private final TextDecoder decoder;

    public HtmlFileReader(PageReader pages, TextDecoder decoder) {
        this.pages = pages;
        this.decoder = decoder;
    }

    /** @param name the file as the graph records it */
    public ReadItem read(Path file, String name) {
        String origin = file.toString();
        try {
            pages.checkSize(Files.size(file), origin);
            byte[] bytes = Files.readAllBytes(file);
            Optional<Sidecar> sidecar = Sidecar.read(file, decoder);
            return pages.read(new PageInput(bytes, Optional.empty(), origin, Optional.of(InputKind.base(file)),
                    ArticleSource.of(ArticleSource.Kind.HTML, name),
                    sidecar.map(Sidecar::metadata).orElse(ArticleMetadata.empty()), sidecar.flatMap(Sidecar::id)));
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        } catch (IOException e) {
            return new ReadItem.Failed(Problem.error(origin, "cannot read: " + e));
        }
    }
}
