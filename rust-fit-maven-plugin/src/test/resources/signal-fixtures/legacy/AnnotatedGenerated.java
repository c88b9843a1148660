package fixtures.legacy;

import javax.annotation.processing.Generated;

@Generated("an annotation processor")
final class AnnotatedGenerated { // expect: legacy.generated-sources

    int value() {
        return 1;
    }
}
