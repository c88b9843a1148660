package it.warm;

public final class Broken {
    void unfinished( {
}
