"""One ADMIN session: 10 warm-up requests each, then dashboard and trivial page alternately, 15 x 2 each; prints medians and p95."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1]
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def call(path, data=None):
    t0 = time.perf_counter()
    try:
        r = opener.open(base + path, urllib.parse.urlencode(data).encode() if data else None)
        code, body = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        code, body = e.code, e.read().decode()
    return code, body, (time.perf_counter() - t0) * 1000


_, page, _ = call('/signin.xhtml')
vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
code, _, _ = call('/signin.xhtml', {'signin': 'signin', 'continue': '', 'signin:email': 'admin@example.jp',
                                    'signin:password': 'Banso-demo-2026', 'signin:submit': '', 'jakarta.faces.ViewState': vs})
if code != 302:
    sys.exit('dashboard: sign-in failed (HTTP %d)' % code)
for _ in range(10):
    call('/staff/dashboard.xhtml')
    call('/ping.xhtml')
dash, ping = [], []
for _ in range(30):
    code, body, ms = call('/staff/dashboard.xhtml')
    if code != 200:
        sys.exit('dashboard: HTTP %d' % code)
    dash.append(ms)
    ping.append(call('/ping.xhtml')[2])


def stats(v):
    v = sorted(v)
    return 'median %.0f ms, p95 %.0f ms (%d requests)' % (statistics.median(v), v[int(len(v) * 0.95 + 0.999) - 1], len(v))


print('dashboard: /staff/dashboard.xhtml (ADMIN, 100,000 applications): ' + stats(dash))
print('dashboard: /ping.xhtml (trivial page), same run, alternating:     ' + stats(ping))
