package it.skip;

public class Hello {}
