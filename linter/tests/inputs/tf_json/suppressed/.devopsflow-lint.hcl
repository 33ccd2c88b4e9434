required_tags = []
