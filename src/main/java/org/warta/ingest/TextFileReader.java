package org.warta.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/** Reads one {@code NAME.txt} article (in any case of the extension) with its optional {@code NAME.meta.json}. */
final class TextFileReader {
    private final TextDecoder decoder;

    TextFileReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    ReadItem read(Path file, String name) {
        String origin = file.toString();
        Path sidecar = Sidecar.of(file);
        byte[] text;
        Optional<byte[]> meta = Optional.empty();
        try {
            // refused by size before it is read: a file larger than the cap (or the heap) never enters memory
            decoder.checkSize(Files.size(file), origin);
            text = Files.readAllBytes(file);
            if (Files.exists(sidecar)) {
                decoder.checkSize(Files.size(sidecar), sidecar.toString());
                meta = Optional.of(Files.readAllBytes(sidecar));
            }
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        } catch (IOException e) {
            return new ReadItem.Failed(Problem.error(origin, "cannot read: " + e));
        }
        return read(text, origin, InputKind.base(file), name, meta, sidecar.toString());
    }

    /**
     * @param base the file name without {@code .txt}: the id unless the sidecar gives one
     * @param name the file as the graph records it
     */
    ReadItem read(byte[] text, String origin, String base, String name, Optional<byte[]> sidecar, String sidecarOrigin) {
        try {
            List<Problem> warnings = new ArrayList<>();
            TextDecoder.Decoded decoded = decoder.decode(text, origin);
            decoded.warnings().forEach(w -> warnings.add(Problem.warning(origin, w)));
            ArticleMetadata metadata = ArticleMetadata.empty();
            String id = base;
            if (sidecar.isPresent()) {
                Sidecar s = Sidecar.parse(sidecar.get(), sidecarOrigin, decoder);
                metadata = s.metadata();
                id = s.id().orElse(base);
            }
            ArticleIds.Minted minted = ArticleIds.of(id);
            ArticleSource source = ArticleSource.of(ArticleSource.Kind.TEXT, name);
            // a name users give every day (spaces, accents, a URL as id) gets a minted id, not a refusal
            source = minted.original().map(source::withOriginalId).orElse(source);
            return new ReadItem.Loaded(new Article(minted.id(), decoded.text(), metadata.withSource(source), origin),
                    warnings);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        }
    }
}
