#!/usr/bin/python3
"""Saves through the admin while another process kills it with SIGKILL.

Usage: crash.py BASE_URL SAVES LOGFILE. Edits the hours per week of a few
vacancies in turn; writes one line per save to LOGFILE: "ok COMMIT" for a
save the admin answered as successful (303 with the commit), "fail STATUS"
otherwise. Prints "crash.py: N answered, N succeeded"."""
import sys
import time

sys.path.insert(0, __import__("os").path.dirname(__file__))
from adminclient import Admin

base, saves, logfile = sys.argv[1], int(sys.argv[2]), sys.argv[3]
slugs = ["zorgassistent-de-horizon", "helpende-zorg-1", "helpende-zorg-2", "helpende-zorg-3"]
ok = 0
with open(logfile, "w") as log:
    admin = Admin(base)
    for i in range(saves):
        slug = slugs[i % len(slugs)]
        # While the web server restarts a killed backend it answers 502/503:
        # a person would try again, and so does this loop (bounded).
        for attempt in range(100):
            try:
                if admin.login("makelaar", "makelaar-wachtwoord") != 303:
                    raise ConnectionError("login")
                status, location = admin.save(f"/beheer/vacatures/{slug}/", {"uren_per_week": str(1 + i % 40)})
            except Exception as e:  # a killed backend may reset the connection
                status, location = f"error:{type(e).__name__}", None
            if status not in (502, 503) and not str(status).startswith("error"):
                break
            time.sleep(0.1)
        if status == 303 and location and "opgeslagen=" in location:
            commit = location.split("opgeslagen=")[1].split("&")[0]
            if commit:
                log.write(f"ok {commit}\n")
                ok += 1
                continue
        detail = " ".join(getattr(admin, "last_body", "").split())[:160] if status == 500 else ""
        log.write(f"fail {status} {detail}\n")
        log.flush()
print(f"crash.py: {saves} answered, {ok} succeeded")
