package io.github.rustfit.sample.orders.web;

public record CustomerRequest(String name, String email) {}
