-- wrk script of bench/load.sh: each connection asks the paths given after
-- "--" in turn (every thread starts at a different one), counts the
-- answers by class (2xx, 3xx, 4xx, 5xx) and the HTML pages answered 200
-- uncompressed that do not end with </html> (a page served half-written),
-- and, at the end, prints one line
--   LOAD {"requests": ..., "rps": ..., "p50_ms": ..., ...}
-- that bench/load/load.py reads. Headers given with -H (the admin's
-- session cookie, Accept-Encoding) go with every request.
--
--   wrk -t2 -c10 -d10s -s bench/load/rotate.lua http://127.0.0.1:PORT -- / /vacatures/ ...

local threads = {}

function setup(thread)
	thread:set("id", #threads)
	table.insert(threads, thread)
end

function init(args)
	paths = {}
	for _, a in ipairs(args) do
		table.insert(paths, a)
	end
	if #paths == 0 then
		paths = { "/" }
	end
	npaths = #paths
	n = id % #paths
	s2, s3, s4, s5, cut = 0, 0, 0, 0, 0
	-- The status of the first answer that was not 2xx, to show. (Which
	-- request it answered is not known: a thread has several connections.)
	bad = ""
end

function request()
	n = n % #paths + 1
	return wrk.format("GET", paths[n])
end

function response(status, headers, body)
	if status < 300 then
		s2 = s2 + 1
		if status == 200 then
			local html, coded = false, false
			for k, v in pairs(headers) do
				k = k:lower()
				if k == "content-type" then
					html = v:find("^text/html") ~= nil
				elseif k == "content-encoding" then
					coded = true
				end
			end
			if html and not coded and not body:find("</html>%s*$") then
				cut = cut + 1
			end
		end
	elseif status < 400 then
		s3 = s3 + 1
	elseif status < 500 then
		s4 = s4 + 1
	else
		s5 = s5 + 1
	end
	if status >= 300 and bad == "" then
		bad = tostring(status)
	end
end

function done(summary, latency, requests)
	local c2, c3, c4, c5, first, np, ct = 0, 0, 0, 0, "", 0, 0
	for _, t in ipairs(threads) do
		c2 = c2 + t:get("s2")
		c3 = c3 + t:get("s3")
		c4 = c4 + t:get("s4")
		c5 = c5 + t:get("s5")
		np = t:get("npaths")
		ct = ct + t:get("cut")
		if first == "" then
			first = t:get("bad")
		end
	end
	local e = summary.errors
	local secs = summary.duration / 1e6
	io.write(string.format('LOAD {"requests": %d, "seconds": %.3f, "rps": %.1f, "bytes": %d, ' ..
		'"p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f, ' ..
		'"s2xx": %d, "s3xx": %d, "s4xx": %d, "s5xx": %d, "cut_pages": %d, ' ..
		'"err_connect": %d, "err_read": %d, "err_write": %d, "err_timeout": %d, "paths": %d, "first_bad": "%s"}\n',
		summary.requests, secs, summary.requests / secs, summary.bytes,
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, latency.mean / 1000,
		c2, c3, c4, c5, ct, e.connect, e.read, e.write, e.timeout, np, (first:gsub('["\\]', ""))))
end
