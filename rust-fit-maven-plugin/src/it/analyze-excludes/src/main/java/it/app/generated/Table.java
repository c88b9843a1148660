package it.app.generated;

/** Unmarked generated code, which the user sets aside. */
public final class Table {
    static final int[] CRC = {0x00000000, 0x77073096, 0xee0e612c};

    int mix(int value) {
        return (value >>> 8) ^ CRC[value & 0xff];
    }
}
