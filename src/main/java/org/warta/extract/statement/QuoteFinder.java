package org.warta.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.warta.text.Token;

/** Finds the quotations of a sentence: pairs of double quotation marks; an unclosed one runs to the end. */
final class QuoteFinder {
    List<Quote> find(List<Token> tokens) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.QUOTE) {
                continue;
            }
            char c = t.quoteMark();
            if (opens(c, open)) {
                if (open < 0) {
                    open = i;
                }
            } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
                out.add(new Quote(open, i));
                open = -1;
            }
        }
        if (open >= 0 && open + 2 < tokens.size()) {
            out.add(new Quote(open, tokens.size()));
        }
        return out;
    }

    /** An opening mark; a straight double quote opens only when no quotation is open. */
    private static boolean opens(char c, int open) {
        return c == '“' || c == '„' || c == '«' || (c == '"' && open < 0);
    }
}
