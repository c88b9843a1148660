package fixtures.platform;

import java.applet.Applet;

/** Near-miss: a browser applet from java.applet is not a smart-card applet. */
public class LegacyApplet extends Applet {
    public void init() {}
}
