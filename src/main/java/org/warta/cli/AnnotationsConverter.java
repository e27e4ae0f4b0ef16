package org.warta.cli;

import org.warta.rdf.Annotations;
import picocli.CommandLine;

/** Parses {@code --annotations lean|full}; anything else is a usage error that names the value. */
final class AnnotationsConverter implements CommandLine.ITypeConverter<Annotations> {
    @Override
    public Annotations convert(String value) {
        try {
            return Annotations.of(value);
        } catch (org.warta.model.WartaException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
