package org.warta.link;

import java.util.Collection;
import java.util.Optional;

/**
 * A person no gazetteer knows gets an IRI minted from the name as written, and outlets write one name fuller or
 * shorter ("James Norman 'Jim' Mattis", "James Mattis"). For the merge those are one person when the first and
 * the last name agree and one of them only adds names in between. Persons linked to Wikidata compare by IRI.
 */
final class UnlinkedPersons {
    /** Where a minted person IRI's name slug starts. */
    private static final String MINTED = "/entity/person/";

    private UnlinkedPersons() {
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<String[]> na = parts(a);
        Optional<String[]> nb = parts(b);
        if (na.isEmpty() || nb.isEmpty() || na.get().length == nb.get().length) {
            return false;
        }
        String[] x = na.get();
        String[] y = nb.get();
        return x[0].equals(y[0]) && x[x.length - 1].equals(y[y.length - 1]);
    }

    static boolean contains(Collection<String> persons, String p) {
        return persons.contains(p) || persons.stream().anyMatch(q -> same(q, p));
    }

    /** The key a person shares with the fuller and shorter writings of its name: its first and last name. */
    static String looseKey(String p) {
        return parts(p).map(n -> "person-name:" + n[0] + "-" + n[n.length - 1]).orElse(p);
    }

    private static Optional<String[]> parts(String iri) {
        int at = iri.indexOf(MINTED);
        if (at < 0) {
            return Optional.empty();
        }
        String[] n = iri.substring(at + MINTED.length()).split("-");
        return n.length >= 2 ? Optional.of(n) : Optional.empty();
    }
}
