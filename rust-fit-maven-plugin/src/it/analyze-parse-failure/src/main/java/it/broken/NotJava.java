<html><body>Someone saved a web page with a .java name.</body></html>
