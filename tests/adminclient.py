"""A small client of the Stagebureau admin for tests: logs in, reads an
edit form as a browser would (every input, checked box, selected option
and textarea), changes fields and posts it back. Standard library only."""
import html.parser
import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request


class _Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self._select, self._area, self._text = [], None, None, ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") != "file":
            if a.get("type") == "checkbox" and "checked" not in a:
                return
            if a.get("type") == "submit":
                return
            self.fields.append((name, a.get("value", "")))
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._area, self._text = name, ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._area:
            self.fields.append((self._area, self._text))
            self._area = None

    def handle_data(self, data):
        if self._area:
            self._text += data


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Admin:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def request(self, path, data=None, timeout=20):
        """(status, headers, body) without following redirects."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            r = self.opener.open(self.base + path, body, timeout=timeout)
            return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def form(self, path):
        status, _, page = self.request(path)
        p = _Form()
        p.feed(page)
        return status, p.fields

    def login(self, user, password):
        _, fields = self.form("/beheer/inloggen")
        data = dict(fields)
        data.update(username=user, password=password)
        return self.request("/beheer/inloggen", data)[0]

    def save(self, path, changes):
        """Loads the edit form at path, applies changes {name: value}, posts it."""
        status, fields = self.form(path)
        if status != 200:
            return status, None
        out = [(k, changes.get(k, v)) for k, v in fields]
        status, headers, body = self.request(path, out)
        self.last_body = body
        return status, headers.get("Location")
