package org.warta.store;

import org.warta.model.WartaException;

/** The store cannot be opened or used; the message names the folder and the reason. */
public class StoreException extends WartaException {
    private final boolean locked;

    public StoreException(String message, boolean locked, Throwable cause) {
        super(message, cause);
        this.locked = locked;
    }

    /** Whether another process holds the store. */
    public boolean locked() {
        return locked;
    }
}
