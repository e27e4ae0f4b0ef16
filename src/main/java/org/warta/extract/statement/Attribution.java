package org.warta.extract.statement;

import org.warta.model.EntityRef;

/** Who a reporting structure gives the words to, and the verb as written. */
record Attribution(EntityRef speaker, String verb) {
}
