package it.reuse;

// café: a Latin-1 byte, so every analysis warns once about this file
public final class Latin {}
