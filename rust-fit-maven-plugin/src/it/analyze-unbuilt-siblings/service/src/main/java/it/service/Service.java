package it.service;

import it.core.Core;

public final class Service {
    public String describe() {
        return new Core().name();
    }
}
