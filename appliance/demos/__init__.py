"""The demos: the whole loop on the sample agency (``python -m appliance.demos.loop``, ``make demo``)
and the regional-language one (``python -m appliance.demos.regional``, ``make demo-regional``)."""
