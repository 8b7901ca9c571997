"""What an admin would write instead: a stdlib http.client loop on one keep-alive connection with the session cookie.

usage: loop.py BASE_URL ADMIN ADMIN_PASSWORD create|update TAG N USER_PASSWORD   -> prints elapsed seconds (login excluded)
"""
import http.client
import json
import sys
import time
import urllib.parse

base, admin, admin_pw, mode, tag, n, user_pw = sys.argv[1:8]
url = urllib.parse.urlsplit(base)
prefix = url.path.rstrip("/")
conn = http.client.HTTPConnection(url.hostname, url.port)
form = {"Content-Type": "application/x-www-form-urlencoded"}

conn.request("POST", prefix + "/api/login", urllib.parse.urlencode({"username": admin, "password": admin_pw}), form)
resp = resp_login = conn.getresponse()
cookie = resp.getheader("Set-Cookie").split(";")[0]
resp.read()
headers = dict(form, Cookie=cookie)

start = time.perf_counter()
for i in range(1, int(n) + 1):
    mail = "%s%d@bench.example" % (tag, i)
    if mode == "create":
        conn.request("POST", prefix + "/api/user/" + mail, urllib.parse.urlencode({"password": user_pw}), headers)
    else:
        conn.request("PUT", prefix + "/api/user/" + mail, urllib.parse.urlencode({"quota": "2048"}), headers)
    answer = json.loads(conn.getresponse().read())
    if not answer.get("_success"):
        sys.exit("%s %s failed: %s" % (mode, mail, answer.get("_msg")))
print(time.perf_counter() - start)
