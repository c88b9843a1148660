package it.modern;

import java.util.List;

public final class Shapes {

    public sealed interface Shape permits Circle, Rectangle, Group {}

    public record Circle(double radius) implements Shape {}

    public record Rectangle(double width, double height) implements Shape {}

    public record Group(List<Shape> members) implements Shape {}

    public static double area(Shape shape) {
        return switch (shape) {
            case Circle(double r) when r <= 0 -> 0;
            case Circle(double r) -> Math.PI * r * r;
            case Rectangle(double w, double h) -> w * h;
            case Group group -> group.members().stream().mapToDouble(Shapes::area).sum();
        };
    }

    public static String describe(Object value) {
        if (value instanceof Rectangle(var w, var h) && w == h) {
            return "square of side " + w;
        }
        return switch (value) {
            case null -> "nothing";
            case String s when s.isBlank() -> "blank text";
            case String s -> "text: " + s;
            case Integer i -> "number " + i;
            default -> value.toString();
        };
    }

    public static String help() {
        return """
                Shapes:
                  circle <radius>
                  rectangle <width> <height>
                """;
    }

    public static int firstOrZero(List<Integer> values) {
        var sequenced = values.reversed();
        return sequenced.isEmpty() ? 0 : sequenced.getLast();
    }
}
