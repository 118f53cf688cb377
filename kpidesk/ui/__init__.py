"""The Qt desktop interface: thin views over the services."""
